params_iface.go:8:7: leaking param: n to result ~r0 level=0
params_iface.go:12:15: x does not escape
params_iface.go:19:11: leaking param: x
params_iface.go:23:11: leaking param: x to result ~r0 level=0
params_iface.go:27:17: leaking param: s
params_iface.go:31:15: xs does not escape
params_iface.go:35:19: leaking param: xs
params_iface.go:36:2: xs escapes to heap
params_iface.go:41:18: a does not escape
params_iface.go:42:9: a + 1 escapes to heap
params_iface.go:43:12: 3 does not escape
params_iface.go:44:22: name("bob") escapes to heap
params_iface.go:45:18: ... argument does not escape
params_iface.go:45:19: 1 does not escape
params_iface.go:45:22: "two" does not escape
params_iface.go:45:29: 3.0 does not escape
params_iface.go:46:14: ... argument escapes to heap
params_iface.go:46:15: 4 escapes to heap
params_iface.go:46:18: 5 escapes to heap
