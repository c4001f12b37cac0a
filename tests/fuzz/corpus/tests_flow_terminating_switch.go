// compile

package main

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		fallthrough
	case n == 1:
		return "small"
	default:
		panic(n)
	}
}

func kind(x interface{}) int {
	switch v := x.(type) {
	case int:
		return v
	case string:
		return len(v)
	default:
		return -1
	}
}

func receive(c chan int, d chan string) int {
	select {
	case v := <-c:
		return v
	case s, ok := <-d:
		if ok {
			return len(s)
		}
		return 0
	case c <- 1:
		panic("sent")
	}
}

func loopsInCases(n int) int {
	switch n {
	case 1:
		for {
			break
		}
		return 1
	default:
	inner:
		for {
			continue inner
		}
	}
}

func main() {
	println(classify(1), kind(2), receive, loopsInCases)
}
