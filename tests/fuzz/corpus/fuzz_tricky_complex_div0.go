package main
const c = 1i / 0
const d = complex(1, 2) / complex(0, 0)
func main() {}
