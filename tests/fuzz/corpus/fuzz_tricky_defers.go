package main
func main() { defer 1; defer recover(); defer len("x"); go func(){}; go println(); defer int(1); defer (func(){})() }
