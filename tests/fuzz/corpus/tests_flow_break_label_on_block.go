// errorcheck

package main

func main() {
	n := 1
blk:
	{
		if n > 0 {
			break blk // ERROR "invalid break label blk"
		}
	}
cond:
	if n > 0 {
		break cond // ERROR "invalid break label cond"
	}
}
