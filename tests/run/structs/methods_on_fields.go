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

func (a *Account) Withdraw(n int) bool {
	if n > a.Balance {
		return false
	}
	a.Balance -= n
	a.History = append(a.History, -n)
	return true
}

func (a Account) Summary() string {
	return fmt.Sprintf("%s: %d (%d ops)", a.Owner, a.Balance, len(a.History))
}

type Bank struct {
	Accounts []Account
	Fees     int
}

func (b *Bank) Transfer(from, to, amount int) bool {
	if !b.Accounts[from].Withdraw(amount + 1) {
		return false
	}
	b.Fees++
	b.Accounts[to].Deposit(amount)
	return true
}

func main() {
	bank := Bank{Accounts: []Account{{Owner: "ann"}, {Owner: "bob"}, {Owner: "cy"}}}
	bank.Accounts[0].Deposit(100)
	bank.Accounts[1].Deposit(50)
	fmt.Println(bank.Transfer(0, 1, 30), bank.Transfer(1, 2, 100), bank.Transfer(1, 2, 70))
	for _, a := range bank.Accounts {
		fmt.Println(a.Summary(), a.History)
	}
	fmt.Println("fees", bank.Fees)
	// value copy of account does not affect bank
	acct := bank.Accounts[2]
	acct.Deposit(1000)
	fmt.Println(acct.Summary(), bank.Accounts[2].Summary())
	// pointer into slice element
	p := &bank.Accounts[0]
	p.Deposit(5)
	fmt.Println(bank.Accounts[0].Summary())
	// array of structs by value in a struct field
	type Team struct {
		Members [2]Account
	}
	t := Team{}
	t.Members[0].Owner = "x"
	t.Members[0].Deposit(7)
	t2 := t
	t2.Members[0].Deposit(3)
	fmt.Println(t.Members[0].Summary(), t2.Members[0].Summary())
	fmt.Println(t.Members[0].History, t2.Members[0].History)
}
