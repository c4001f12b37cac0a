// run

package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Account struct {
	ID      int
	Owner   string
	Balance int64 // cents
}

type Ledger struct {
	accounts []*Account
	log      []string
}

var ErrNoFunds = errors.New("insufficient funds")

func (l *Ledger) Open(owner string, cents int64) *Account {
	a := &Account{ID: len(l.accounts) + 1, Owner: owner, Balance: cents}
	l.accounts = append(l.accounts, a)
	l.log = append(l.log, "open "+owner)
	return a
}

func (l *Ledger) Find(id int) *Account {
	for _, a := range l.accounts {
		if a.ID == id {
			return a
		}
	}
	return nil
}

func (l *Ledger) Transfer(from, to int, cents int64) error {
	a, b := l.Find(from), l.Find(to)
	if a == nil || b == nil {
		return fmt.Errorf("no such account: %d or %d", from, to)
	}
	if a.Balance < cents {
		return ErrNoFunds
	}
	a.Balance -= cents
	b.Balance += cents
	l.log = append(l.log, fmt.Sprintf("transfer %s -> %s %s", a.Owner, b.Owner, money(cents)))
	return nil
}

func money(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return sign + "$" + strconv.FormatInt(c/100, 10) + "." + fmt.Sprintf("%02d", c%100)
}

func main() {
	var l Ledger
	l.Open("alice", 10000)
	l.Open("bob", 2550)
	l.Open("carol", 0)
	cmds := []string{"1 2 2500", "2 3 5000", "2 3 5050", "3 1 1", "4 1 100", "1 3 7499"}
	for _, c := range cmds {
		f := strings.Fields(c)
		from, _ := strconv.Atoi(f[0])
		to, _ := strconv.Atoi(f[1])
		amt, _ := strconv.ParseInt(f[2], 10, 64)
		if err := l.Transfer(from, to, amt); err != nil {
			fmt.Println("error:", err, err == ErrNoFunds)
		}
	}
	var total int64
	for _, a := range l.accounts {
		fmt.Printf("%d %-6s %10s\n", a.ID, a.Owner, money(a.Balance))
		total += a.Balance
	}
	fmt.Println("total", money(total))
	for i, e := range l.log {
		fmt.Println(i, e)
	}
	if total != 12550 {
		os.Exit(1)
	}
	fmt.Println(money(-1234), money(5), money(0))
	os.Exit(3)
}
