// errorcheck

package main

func main() {
retry: // ERROR "label retry defined and not used"
	f := func() {
		goto retry // ERROR "label retry not defined"
	}
	f()
}
