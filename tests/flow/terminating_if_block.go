// compile

package main

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	} else {
		return 0
	}
}

func nested(n int) int {
	{
		{
			if n > 0 {
				return n
			} else {
				panic(n)
			}
		}
	}
}

func trailing() int {
	return 1;;
}

func labeledReturn() int {
done:
	return 0
	goto done
}

func main() {
	println(sign(1), nested(1), trailing(), labeledReturn())
}
