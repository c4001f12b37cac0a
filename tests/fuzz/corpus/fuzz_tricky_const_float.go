package main
const a = 1e308 * 10
const b = 0x1p-1074 / 2
const c float32 = 1e39
const d = 1 / 3.0
const e int = d * 3
const f = 1.0 << 3
const g uint8 = 255 + 1
func main() { println(a, b, c) }
