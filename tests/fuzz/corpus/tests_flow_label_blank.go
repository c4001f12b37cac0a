// errorcheck

package main

func main() {
_:
	for {
		break _ // ERROR "break label not defined: _"
	}
	goto _ // ERROR "label _ not defined"
}
