package main
const a = 1 + 2i
const b = a * a / a
const c = real(b) + imag(b)
const d int = a
const e = 1 << (1 + 0i)
const f = 1i < 2i
func main() {}
