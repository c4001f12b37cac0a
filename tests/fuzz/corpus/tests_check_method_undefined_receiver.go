// errorcheck

package main

func (u *Undef) M() {} // ERROR "undefined: Undef"

func main() {
}
