package main
func main()
