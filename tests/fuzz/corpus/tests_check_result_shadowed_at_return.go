// errorcheck

package main

func f() (err error) {
	{
		err := error(nil)
		_ = err
		return // ERROR "result parameter err not in scope at return"
	}
}

func main() {
	f()
}
