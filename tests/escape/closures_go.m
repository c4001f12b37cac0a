closures_go.go:7:6: moved to heap: wg
closures_go.go:8:2: moved to heap: x
closures_go.go:10:5: func literal escapes to heap
closures_go.go:19:6: moved to heap: mu
closures_go.go:20:6: moved to heap: wg
closures_go.go:21:2: moved to heap: total
closures_go.go:24:6: func literal escapes to heap
closures_go.go:37:6: moved to heap: i
closures_go.go:38:19: func literal escapes to heap
closures_go.go:51:19: func literal escapes to heap
closures_go.go:59:3: func literal does not escape
