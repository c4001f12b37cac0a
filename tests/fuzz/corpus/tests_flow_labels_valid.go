// compile

package main

func backwardOverDecl() {
	n := 0
again:
	m := n + 1
	n = m
	if n < 3 {
		goto again
	}
}

func outOfBlockOverDecl(n int) {
	if n > 0 {
		goto out
		x := n
		println(x)
	}
out:
	println("out")
}

func labeledRangeContinue(s [][]int) (sum int) {
rows:
	for _, row := range s {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
			sum += v
		}
	}
	return
}

func breakSelect(c chan int) {
	for {
	sel:
		select {
		case v := <-c:
			if v == 0 {
				break sel
			}
			return
		}
	}
}

func sameNames() {
L:
	for {
		f := func() {
		L:
			for {
				break L
			}
		}
		f()
		break L
	}
}

func gotoBeforeConst() {
	goto end
	const k = 1
	type T int
	println(T(k))
end:
}

func main() {
	backwardOverDecl()
	outOfBlockOverDecl(1)
	println(labeledRangeContinue(nil))
	breakSelect(nil)
	sameNames()
	gotoBeforeConst()
}
