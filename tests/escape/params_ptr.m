params_ptr.go:7:15: leaking param: p
params_ptr.go:11:17: leaking param: p to result ~r0 level=0
params_ptr.go:15:18: leaking param: pp to result ~r0 level=1
params_ptr.go:19:22: leaking param content: pp
params_ptr.go:23:13: p does not escape
params_ptr.go:27:12: p does not escape
params_ptr.go:31:15: leaking param: p to result ~r0 level=0
params_ptr.go:31:18: leaking param: q
params_ptr.go:38:14: leaking param: p
params_ptr.go:43:2: moved to heap: a
params_ptr.go:43:11: moved to heap: d
params_ptr.go:52:5: moved to heap: h
params_ptr.go:54:2: moved to heap: i
