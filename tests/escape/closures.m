closures.go:8:9: func literal does not escape
closures.go:13:7: func literal does not escape
closures.go:20:9: func literal escapes to heap
closures.go:25:7: func literal escapes to heap
closures.go:28:12: f does not escape
closures.go:34:13: leaking param: f
closures.go:41:9: func literal escapes to heap
closures.go:42:15: func literal does not escape
closures.go:47:7: func literal does not escape
closures.go:49:10: func literal escapes to heap
closures.go:56:7: func literal does not escape
