// run

package main

import "fmt"

type item struct {
	name  string
	qty   int
	price float64
}

type inventory struct {
	items [4]item
	count int
}

func (inv *inventory) add(it item) {
	inv.items[inv.count] = it
	inv.count++
}

func (inv inventory) total() float64 {
	t := 0.0
	for i := 0; i < inv.count; i++ {
		t += float64(inv.items[i].qty) * inv.items[i].price
	}
	return t
}

func main() {
	var inv inventory
	inv.add(item{"apple", 3, 0.5})
	inv.add(item{"bread", 1, 2.25})
	inv.add(item{name: "milk", price: 1.1, qty: 2})
	fmt.Println(inv.count, inv.total())
	fmt.Printf("%v\n%+v\n", inv.items, inv.items[0])
	// modifying through index works on the array element in place
	inv.items[1].qty = 4
	fmt.Println(inv.items[1], inv.total())
	// copying out an element gives a copy
	it := inv.items[2]
	it.qty = 100
	fmt.Println(inv.items[2].qty, it.qty)
	// pointer to element
	p := &inv.items[0]
	p.price = 0.75
	fmt.Println(inv.items[0])
	// range value is a copy
	for _, x := range inv.items {
		x.qty = 0
	}
	fmt.Println(inv.items[0].qty)
	for i := range inv.items {
		inv.items[i].qty *= 10
	}
	fmt.Println(inv.items)
	// array literal with indices and struct elements
	table := [...]item{2: {"c", 3, 3}, 0: {"a", 1, 1}}
	fmt.Println(len(table), table)
	// value receiver got a copy: total computed, inv unchanged
	copyInv := inv
	copyInv.add(item{"extra", 1, 1000})
	fmt.Println(inv.count, copyInv.count, inv.total(), copyInv.total())
}
