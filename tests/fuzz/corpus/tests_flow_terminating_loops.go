// compile

package main

func forever() int {
	for {
	}
}

func blocked() int {
	select {}
}

func spin(n int) int {
outer:
	for {
		for {
			if n > 10 {
				break
			}
			n++
		}
		switch {
		case n > 20:
			continue outer
		default:
			break
		}
		select {
		default:
			break
		}
	}
}

func gotoLoop(n int) int {
again:
	n++
	if n < 10 {
		goto again
	}
	goto again
}

func labeledLoop(c chan int) (sum int) {
loop:
	for {
		select {
		case v := <-c:
			sum += v
			continue loop
		}
	}
}

func inClosure() int {
	for {
		func() {
			for {
				break
			}
		}()
	}
}

func main() {
	println(forever, blocked, spin, gotoLoop, labeledLoop, inClosure)
}
