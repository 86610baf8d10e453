// Independent pieces of work on every core: the files of a plan are parsed side by side,
// and the cascade rules run side by side. The results come back in the order of the
// inputs, so what is reported never depends on which thread finished first.

import Dispatch

public enum Parallel {
    /// `[body(0), body(1), …, body(count - 1)]`, computed concurrently.
    public static func map<Result: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        guard count > 1 else { return (0..<count).map(body) }
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(body(index), at: index)
        }
        return slots.results()
    }

    /// One slot per index, each written by exactly one iteration, read only after
    /// `concurrentPerform` has returned: no two threads ever touch the same slot, which is
    /// why the unchecked Sendable is sound.
    private final class Slots<Result>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Result?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        func store(_ result: Result, at index: Int) { buffer[index] = result }

        func results() -> [Result] { buffer.map { $0! } }
    }
}
