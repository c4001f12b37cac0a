package foo
func main() {}