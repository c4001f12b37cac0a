package main
func main() { _ = len(1); _ = cap(map[int]int{}); _ = append(); _ = append(1); copy(); delete(); _ = make(); _ = make(int); _ = make([]int, -1); _ = make([]int, 1e100); _ = new(); _ = complex(1); _ = real(); panic(); print(); close(1); _ = recover(1) }
