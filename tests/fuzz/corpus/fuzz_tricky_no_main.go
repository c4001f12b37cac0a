package main
func f() {}
