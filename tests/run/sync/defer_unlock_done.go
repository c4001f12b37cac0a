// run

package main

import (
	"errors"
	"fmt"
	"sync"
)

// defer mu.Unlock() and defer wg.Done(): they run on every exit path,
// including early returns and recovered panics.

type Account struct {
	mu      sync.Mutex
	balance int
}

var errInsufficient = errors.New("insufficient funds")

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return errInsufficient // early return: still unlocked
	}
	a.balance -= n
	return nil
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n < 0 {
		panic("negative deposit") // panic: still unlocked
	}
	a.balance += n
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func main() {
	acct := &Account{balance: 100}
	var wg sync.WaitGroup
	var fails int
	var fmu sync.Mutex
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := acct.Withdraw(3); err != nil {
				fmu.Lock()
				defer fmu.Unlock()
				fails++
			}
		}()
	}
	wg.Wait()
	fmt.Println("balance:", acct.Balance(), "failed withdrawals:", fails)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		acct.Deposit(-5)
	}()
	acct.Deposit(10) // would deadlock if the panic had left the mutex locked
	fmt.Println("balance:", acct.Balance())

	// defer wg.Done() in goroutines that panic and recover.
	results := make([]string, 4)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					results[i] = fmt.Sprint("recovered ", r)
				}
			}()
			if i%2 == 1 {
				panic(i)
			}
			results[i] = "ok"
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	// Deferred unlock of an RWMutex read lock.
	var rw sync.RWMutex
	read := func() int {
		rw.RLock()
		defer rw.RUnlock()
		return 1
	}
	total := 0
	for i := 0; i < 10; i++ {
		total += read()
	}
	rw.Lock()
	fmt.Println("reads:", total, "write lock taken")
	rw.Unlock()
}
