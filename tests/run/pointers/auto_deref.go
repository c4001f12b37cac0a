// run

package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	History []int
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.History = append(a.History, n)
}

func (a Account) Report() string {
	return fmt.Sprintf("%s:%d:%v", a.Owner, a.Balance, a.History)
}

type Bank struct {
	accounts []Account
	best     *Account
}

func main() {
	acc := Account{Owner: "ann"}
	acc.Deposit(10) // (&acc).Deposit
	p := &acc
	p.Deposit(5)
	fmt.Println(acc.Report(), p.Report()) // (*p).Report
	// field access through pointers of pointers needs explicit deref
	pp := &p
	(*pp).Balance = 100
	(**pp).Owner = "ANN"
	fmt.Println(acc.Report())
	// methods on slice elements (addressable)
	var bank Bank
	bank.accounts = []Account{{Owner: "a"}, {Owner: "b"}}
	bank.accounts[1].Deposit(50)
	bank.best = &bank.accounts[1]
	bank.best.Deposit(25)
	fmt.Println(bank.accounts[1].Report(), bank.best.Balance)
	// array element through a pointer to array
	arr := &[2]Account{{Owner: "x"}, {Owner: "y"}}
	arr[0].Deposit(3)
	fmt.Println(arr[0].Report(), len(arr))
	// method value from a pointer captures the pointer
	dep := p.Deposit
	dep(1)
	dep(2)
	fmt.Println(acc.Balance)
	// method value from a value captures a copy
	rep := acc.Report
	acc.Deposit(1000)
	fmt.Println(rep())
	fmt.Println(acc.Report())
	// method expression forms
	(*Account).Deposit(p, 7)
	fmt.Println(Account.Report(acc), (*Account).Report(p))
}
