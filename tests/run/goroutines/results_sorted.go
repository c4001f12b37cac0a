// run

package main

import (
	"fmt"
	"sort"
)

// A worker pool: jobs fan out to workers, results come back in any order
// and are sorted before printing.

type result struct {
	job, worker, value int
}

func worker(id int, jobs <-chan int, results chan<- result) {
	for j := range jobs {
		v := 0
		for k := 1; k <= j; k++ {
			v += k * k
		}
		results <- result{j, id, v}
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	for w := 1; w <= 4; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	close(jobs)
	var all []result
	perWorker := map[int]int{}
	for i := 0; i < 20; i++ {
		r := <-results
		all = append(all, r)
		perWorker[r.worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].job < all[j].job })
	for _, r := range all {
		fmt.Printf("job %2d -> %d\n", r.job, r.value)
	}
	n := 0
	for w, c := range perWorker {
		if w < 1 || w > 4 {
			fmt.Println("bad worker", w)
		}
		n += c
	}
	fmt.Println("jobs done:", n)
}
