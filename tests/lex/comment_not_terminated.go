// errorcheck

package main

func main() {
	println("x")
}

/* a comment never closed // ERROR "comment not terminated"
over several lines,
to the end of the file.
