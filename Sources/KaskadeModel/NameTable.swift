// The plan's one namespace: every ID to the entity it names.
//
// A plan of half a million employees has about a million references, and each is looked up
// here. A `[String: EntityRef]` would need a String built from the source bytes for every
// lookup (an allocation per reference token) and SipHash over it. This table is looked up by
// the bytes where they lie in the source, hashes them with FNV-1a, and keeps no String at
// all: the names are stored as bytes, one after another. Entries keep their insertion order,
// so iterating the names (for "did you mean") is deterministic.

import KaskadeSyntax

public struct NameTable: Sendable, Sequence {
    public typealias Element = (key: String, value: EntityRef)

    private struct Entry: Sendable {
        var start: Int32
        var length: Int32
        var ref: EntityRef
    }

    /// The names' bytes, one after another; entries point into it.
    private var keys: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing with linear probing. A slot holds the upper 32 bits of the name's
    /// hash and its entry index + 1 (0: empty), so a probe that misses never touches the
    /// entries. The capacity is a power of two, at least 4/3 of the number of entries (a load of
    /// at most three quarters: with the tags, a probe rarely touches an entry it does not
    /// want, and the slots of a 500,000-employee plan take 8 MB rather than 16).
    private var slots: [UInt64] = []

    public init() {}

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    public mutating func reserveCapacity(_ minimumCount: Int) {
        entries.reserveCapacity(minimumCount)
        keys.reserveCapacity(minimumCount * 8)
        if Self.isOverloaded(minimumCount, slots.count) { rehash(capacity: Self.capacity(for: minimumCount)) }
    }

    /// The entity named by these UTF-8 bytes (the source slice of a reference).
    public func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> EntityRef? {
        guard let entry = find(bytes, hash: Self.hash(bytes)).entry else { return nil }
        return entries[entry].ref
    }

    public subscript(name: String) -> EntityRef? {
        get {
            var name = name
            return name.withUTF8 { lookup($0) }
        }
        set {
            var name = name
            name.withUTF8 { bytes in
                let hash = Self.hash(bytes)
                let (entry, slot) = find(bytes, hash: hash)
                switch (entry, newValue) {
                case (let entry?, let ref?): entries[entry].ref = ref
                case (nil, let ref?): insert(bytes, ref, hash: hash, at: slot)
                case (_?, nil): preconditionFailure("names are never removed from a plan")
                case (nil, nil): break
                }
            }
        }
    }

    /// Names `ref` by `name` unless the name is taken; returns what it already names, if
    /// anything. One hash and one probe, where a look-up and then a store would take two.
    public mutating func insertIfAbsent(_ name: String, _ ref: EntityRef) -> EntityRef? {
        var name = name
        return name.withUTF8 { bytes in
            let hash = Self.hash(bytes)
            let (entry, slot) = find(bytes, hash: hash)
            if let entry { return entries[entry].ref }
            insert(bytes, ref, hash: hash, at: slot)
            return nil
        }
    }

    public func makeIterator() -> some IteratorProtocol<Element> {
        entries.lazy.map { (name(of: $0), $0.ref) }.makeIterator()
    }

    // MARK: - The table

    private func name(of entry: Entry) -> String {
        String(decoding: keys[Int(entry.start)..<Int(entry.start + entry.length)], as: UTF8.self)
    }

    /// The entry holding these bytes, or the empty slot where they would go.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (entry: Int?, slot: Int) {
        guard !slots.isEmpty else { return (nil, -1) }
        let mask = slots.count - 1
        let tag = hash & 0xffff_ffff_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return (nil, slot) }
            if stored & 0xffff_ffff_0000_0000 == tag {
                let index = Int(stored & 0xffff_ffff) - 1
                if keyEquals(entries[index], bytes) { return (index, slot) }
            }
            slot = (slot + 1) & mask
        }
    }

    private func keyEquals(_ entry: Entry, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(entry.length) == bytes.count else { return false }
        return keys.withUnsafeBufferPointer { keys in
            var offset = Int(entry.start)
            for byte in bytes {
                if keys[offset] != byte { return false }
                offset += 1
            }
            return true
        }
    }

    private mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ ref: EntityRef, hash: UInt64, at slot: Int) {
        entries.append(Entry(start: Int32(keys.count), length: Int32(bytes.count), ref: ref))
        keys.append(contentsOf: bytes)
        if slot < 0 || Self.isOverloaded(entries.count, slots.count) {
            rehash(capacity: Self.capacity(for: entries.count))
        } else {
            slots[slot] = Self.slotValue(hash: hash, index: entries.count - 1)
        }
    }

    private mutating func rehash(capacity: Int) {
        slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for index in entries.indices {
            let hash = keys.withUnsafeBufferPointer { keys in
                Self.hash(UnsafeBufferPointer(rebasing: keys[Int(entries[index].start)..<Int(entries[index].start + entries[index].length)]))
            }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Self.slotValue(hash: hash, index: index)
        }
    }

    private static func slotValue(hash: UInt64, index: Int) -> UInt64 {
        (hash & 0xffff_ffff_0000_0000) | UInt64(index + 1)
    }

    private static func isOverloaded(_ count: Int, _ capacity: Int) -> Bool { count * 4 > capacity * 3 }

    private static func capacity(for count: Int) -> Int {
        var capacity = 16
        while isOverloaded(count, capacity) { capacity <<= 1 }
        return capacity
    }

    /// FNV-1a with the high bits folded into the low ones (the slot comes from the low bits,
    /// the tag from the high ones).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }
}

/// The names a plan's references named last, in front of the name table.
///
/// A large plan's references repeat: forty employees of an institution name its course, and
/// a dozen competences are named half a million times. The name table is far larger than
/// the processor's caches, so each look-up there costs a few cache misses; this table of 256
/// recent names (each at most 16 bytes, packed into two words) answers nearly all of them
/// from a few kilobytes. It holds only names already defined, and a plan's names never
/// change once defined, so what it answers is what the name table would.
struct RecentNames {
    private struct Entry {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length: Int = -1
        var ref = EntityRef(kind: .none, index: -1)
    }

    private static let size = 256
    private var entries = [Entry](repeating: Entry(), count: RecentNames.size)

    @inline(__always)
    private static func slot(_ low: UInt64, _ high: UInt64, _ length: Int) -> Int {
        Int(truncatingIfNeeded: PackedWord.mix(low, high, length) >> 56)
    }

    /// What these bytes name, from the recent names, else from `names` (remembered if found).
    mutating func lookup(_ bytes: UnsafeBufferPointer<UInt8>, in names: NameTable) -> EntityRef? {
        guard bytes.count <= 16 else { return names.lookup(bytes) }
        let (low, high) = PackedWord.pack(bytes)
        let slot = Self.slot(low, high, bytes.count)
        let entry = entries[slot]
        if entry.length == bytes.count, entry.low == low, entry.high == high { return entry.ref }
        let found = names.lookup(bytes)
        if let found, found.index >= 0 {
            entries[slot] = Entry(low: low, high: high, length: bytes.count, ref: found)
        }
        return found
    }
}
