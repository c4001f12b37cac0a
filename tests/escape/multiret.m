multiret.go:5:2: moved to heap: a
multiret.go:5:5: moved to heap: b
multiret.go:9:14: leaking param: p to result ~r1 level=0
multiret.go:9:17: leaking param: q to result ~r0 level=0
multiret.go:14:2: moved to heap: x
multiret.go:26:11: leaking param: a to result ~r1 level=0
multiret.go:26:14: leaking param: b to result ~r0 level=0
multiret.go:34:12: leaking param: s to result ~r1 level=0
multiret.go:43:20: []int{...} does not escape
multiret.go:43:30: []int{...} does not escape
multiret.go:45:30: []int{...} does not escape
