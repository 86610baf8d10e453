// A part of the query index that only some questions need (the folded text `find` scans,
// the sorted names of completion): built the first time it is asked for, or ahead of time
// on another thread while the REPL waits at its prompt. Built once, under a lock, so two
// threads asking at once get the same value and the work is done a single time.

import Foundation

final class Deferred<Value: Sendable>: @unchecked Sendable {
    // `value` and `build` are only touched with `lock` held.
    private let lock = NSLock()
    private var value: Value?
    private var build: (@Sendable () -> Value)?

    init(_ build: @escaping @Sendable () -> Value) {
        self.build = build
    }

    var wrapped: Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        guard let build else { preconditionFailure("a deferred value is built once") }
        let built = build()
        value = built
        self.build = nil
        return built
    }

    /// Starts building on a background thread; a question asked meanwhile waits for it.
    func prepareInBackground() {
        DispatchQueue.global(qos: .utility).async { _ = self.wrapped }
    }
}
