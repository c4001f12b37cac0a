globals.go:20:2: moved to heap: a
globals.go:25:2: moved to heap: b
globals.go:27:13: make([]int, 2) escapes to heap
globals.go:31:2: moved to heap: c
globals.go:36:2: moved to heap: d
globals.go:41:2: moved to heap: e
globals.go:46:2: moved to heap: f
globals.go:47:7: func literal escapes to heap
globals.go:51:2: moved to heap: g
globals.go:14:24: map[string]*int{} escapes to heap
