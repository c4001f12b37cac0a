package main
func (int) m() {}
func (e error) m() {}
func (s string) len() int { return 0 }
func main() {}
