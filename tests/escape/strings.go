// escape
package main

var gs string
var gb []byte

func concat(a, b string) string {
	return a + b
}

func concatLocal(a, b string) int {
	s := a + b + "!"
	return len(s)
}

func concatKeep(a string) {
	gs = a + "x"
}

func toBytes(s string) []byte {
	return []byte(s)
}

func toBytesLocal(s string) int {
	b := []byte(s)
	return len(b)
}

func fromBytes(b []byte) string {
	return string(b)
}

func fromBytesLocal(b []byte) int {
	return len(string(b))
}

func compareBytes(b []byte) bool {
	return string(b) == "abc"
}

func runes(s string) int {
	r := []rune(s)
	return len(r)
}

func fromRune(r rune) string {
	return string(r)
}

func rangeBytes(b []byte) int {
	n := 0
	for range string(b) {
		n++
	}
	return n
}

func sliceStr(s string) string {
	return s[2:]
}

func main() {
	b := []byte("hello")
	println(concat("a", "b"), concatLocal("c", "d"), len(toBytes("e")), toBytesLocal("fg"))
	println(fromBytes(b), fromBytesLocal(b), compareBytes(b), runes("héllo"), fromRune('x'))
	println(rangeBytes(b), sliceStr("abcdef"))
	concatKeep("y")
	gb = []byte("z")
}
