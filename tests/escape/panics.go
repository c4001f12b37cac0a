// escape
package main

type myErr struct{ msg string }

func (e *myErr) Error() string { return e.msg }

func doPanic(n int) {
	if n > 0 {
		panic(n)
	}
}

func panicErr() {
	panic(&myErr{"boom"})
}

func panicStr(s string) {
	panic("bad: " + s)
}

func safe(f func()) (r interface{}) {
	defer func() {
		r = recover()
	}()
	f()
	return nil
}

func retErr(fail bool) error {
	if fail {
		return &myErr{"fail"}
	}
	return nil
}

func main() {
	println(safe(func() { doPanic(1) }) != nil)
	println(safe(panicErr) != nil)
	println(safe(func() { panicStr("x") }) != nil)
	println(retErr(true).Error())
}
