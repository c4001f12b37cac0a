seed.go:9:2: moved to heap: p
seed.go:14:11: make([]int, n) escapes to heap
seed.go:22:2: moved to heap: c
seed.go:23:9: func literal escapes to heap
seed.go:35:13: ... argument does not escape
seed.go:35:13: msg escapes to heap
seed.go:36:13: ... argument does not escape
seed.go:36:15: p.y escapes to heap
seed.go:36:22: len(s) escapes to heap
seed.go:36:31: next() escapes to heap
