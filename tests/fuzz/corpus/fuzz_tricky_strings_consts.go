package main
const s = "abc"
const b = s[1]
const l = len(s)
const r = s[1:2]
func main() { _ = s[5]; _ = s[-1]; _ = "x"[1:0]; _ = s[1:2:3] }
