package main
type S struct { a int "tag"; b int `tag`; c int 1 }
func main() {}
