indirect.go:45:14: devirtualizing g.Get to *T
indirect.go:6:7: t does not escape
indirect.go:10:12: p does not escape
indirect.go:12:15: f does not escape
indirect.go:13:2: moved to heap: x
indirect.go:26:12: p does not escape
indirect.go:28:2: moved to heap: z
indirect.go:26:7: func literal does not escape
indirect.go:38:15: leaking param: g
indirect.go:48:16: moved to heap: x
indirect.go:59:19: &T{...} escapes to heap
