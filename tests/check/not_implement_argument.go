// errorcheck

package main

type Writer interface {
	Write(p []byte) (int, error)
}

type Sink struct{}

func use(w Writer) {}

func main() {
	use(Sink{}) // ERROR "cannot use Sink\{\} \(value of type Sink\) as type Writer in argument to use:"
}
