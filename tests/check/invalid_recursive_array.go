// errorcheck

package main

type L [2]L // ERROR "invalid recursive type L"

func main() {
	var l L
	_ = l
}
