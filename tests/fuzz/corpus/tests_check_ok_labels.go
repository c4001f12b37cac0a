// compile

package main

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
sw:
	switch x := 1; x {
	case 1:
		for {
			break sw
		}
	}
sel:
	select {
	default:
		break sel
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	goto end
end:
}
