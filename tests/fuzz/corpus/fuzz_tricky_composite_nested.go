package main
func main() { _ = [][]map[string][]int{{{"a": {1}}}}; _ = []*struct{x int}{{1}, {x: 2}}; _ = [...][...]int{{1}} }
