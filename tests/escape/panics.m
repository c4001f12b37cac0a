panics.go:6:7: leaking param: e to result ~r0 level=1
panics.go:10:9: n escapes to heap
panics.go:15:8: &myErr{...} escapes to heap
panics.go:18:15: s does not escape
panics.go:19:18: "bad: " + s escapes to heap
panics.go:19:16: "bad: " + s escapes to heap
panics.go:22:11: f does not escape
panics.go:23:8: func literal does not escape
panics.go:32:10: &myErr{...} escapes to heap
panics.go:38:15: func literal does not escape
panics.go:40:15: func literal does not escape
