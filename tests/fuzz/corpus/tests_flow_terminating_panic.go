// compile

package main

func fail() int {
	panic("fail")
}

func parenthesized() int {
	(panic("fail"))
}

func afterPrint(n int) (r int) {
	println(n)
	panic(n)
}

func inLiteral() func() int {
	return func() int {
		panic("literal")
	}
}

func main() {
	println(fail, parenthesized, afterPrint, inLiteral)
}
