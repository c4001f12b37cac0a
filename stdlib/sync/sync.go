// Package sync: the API golite's type checker sees for import "sync".
//
// Names, signatures and constant values are Go 1.19's (src/sync, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
package sync

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond

// Cond implements a condition variable, a rendezvous point for goroutines waiting for or
// announcing the occurrence of an event.
type Cond struct {
	L Locker
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast()

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal()

// Wait atomically unlocks c.L and suspends execution of the calling goroutine.
func (c *Cond) Wait()

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Map is like a Go map[interface{}]interface{} but is safe for concurrent use by multiple
// goroutines without additional locking or coordination.
type Map struct {
	mu     Mutex
	misses int
	_      [0]func() // not comparable, as in Go
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any)

// Load returns the value stored in the map for a key, or nil if no value is present.
func (m *Map) Load(key any) (value any, ok bool)

// LoadAndDelete deletes the value for a key, returning the previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)

// LoadOrStore returns the existing value for the key if present.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)

// Range calls f sequentially for each key and value present in the map.
func (m *Map) Range(f func(key, value any) bool)

// Store sets the value for a key.
func (m *Map) Store(key, value any)

// A Mutex is a mutual exclusion lock.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m.
func (m *Mutex) Lock()

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool

// Unlock unlocks m.
func (m *Mutex) Unlock()

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first time for this
// instance of Once.
func (o *Once) Do(f func())

// A Pool is a set of temporary objects that may be individually saved and retrieved.
type Pool struct {
	localSize  uintptr
	victimSize uintptr
	New        func() any
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and returns it to the
// caller.
func (p *Pool) Get() any

// Put adds x to the pool.
func (p *Pool) Put(x any)

// A RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock()

// RLock locks rw for reading.
func (rw *RWMutex) RLock()

// RLocker returns a Locker interface that implements the Lock and Unlock methods by calling
// rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker

// RUnlock undoes a single RLock call; it does not affect other simultaneous readers.
func (rw *RWMutex) RUnlock()

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock()

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	state1 uint64
	state2 uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter.
func (wg *WaitGroup) Add(delta int)

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done()

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait()
