// run
// args: -rounds 30

// The soak program (tests/soak/soak.sh runs it): rounds of goroutines that
// churn channels, select, maps, a mutex-guarded shared map, strings and
// slices, with runtime.GC after every round, for as long as it is told.
//
//	soak SECONDS   run rounds until SECONDS have passed
//	soak -rounds N run exactly N rounds
//
// Every round's checksum is computed twice: by the goroutines, whose
// schedule varies from run to run, and by a plain loop over the same
// messages. The goroutines fold their results with sums only, so any
// schedule gives the loop's value; a message lost, duplicated or mangled (a
// channel, map or collector bug) makes the two differ and the program
// exits 1. At the end it prints the number of rounds and the sum of their
// checksums, which `go run soak.go -rounds N` prints too; a run past
// checkpoint rounds also prints the sum of the first checkpoint ones, so a
// long soak can be compared with a short go run.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

const (
	producers = 4
	workers   = 4
	perProd   = 400
	spillAt   = 5000

	checkpoint = 10000
)

type msg struct {
	id  int
	val uint64
	key string
}

// mix is a 64-bit finaliser (splitmix64's): every message's contribution.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func value(round, p, i int) uint64 {
	return mix(uint64(round)<<32 ^ uint64(p)<<20 ^ uint64(i))
}

func keyOf(v uint64) string {
	return "k" + strconv.FormatUint(v%211, 10)
}

// expected is the round's checksum by a plain loop.
func expected(round int) uint64 {
	var sum uint64
	for p := 0; p < producers; p++ {
		for i := 0; i < perProd; i++ {
			v := value(round, p, i)
			sum += mix(v) + uint64(len(keyOf(v)))
		}
	}
	return sum
}

// shared is the map every worker updates under its mutex.
type shared struct {
	mu sync.Mutex
	m  map[string]uint64
}

func (s *shared) add(k string, v uint64) {
	s.mu.Lock()
	s.m[k] += v
	s.mu.Unlock()
}

// worker takes messages until in is closed; its private map spills a key's
// total into spilled (and deletes the key) once it passes spillAt, so the
// map churns without changing the sum.
func worker(in <-chan msg, out chan<- uint64, quit <-chan struct{}, sh *shared, wg *sync.WaitGroup) {
	defer wg.Done()
	private := make(map[string]uint64)
	var spilled uint64
	var scratch []string
	for {
		select {
		case m, ok := <-in:
			if !ok {
				var total uint64
				for k, v := range private {
					total += v
					delete(private, k)
				}
				if len(private) != 0 {
					panic("map not empty after deleting every key")
				}
				out <- total + spilled
				return
			}
			c := mix(m.val)
			private[m.key] += c
			if private[m.key] > spillAt && private[m.key]%3 == 0 {
				spilled += private[m.key]
				delete(private, m.key)
			}
			sh.add(m.key, uint64(len(m.key)))
			scratch = append(scratch, m.key+strconv.Itoa(m.id))
			if len(scratch) > 64 {
				scratch = scratch[:0]
			}
		case <-quit:
			panic("quit before the input was drained")
		}
	}
}

// run is one round on goroutines; it returns the round's checksum.
func run(round int) uint64 {
	in := make(chan msg, 16)
	out := make(chan uint64)
	quit := make(chan struct{})
	sh := &shared{m: make(map[string]uint64)}

	var pw, ww sync.WaitGroup
	for p := 0; p < producers; p++ {
		pw.Add(1)
		go func(p int) {
			defer pw.Done()
			for i := 0; i < perProd; i++ {
				v := value(round, p, i)
				in <- msg{id: p*perProd + i, val: v, key: keyOf(v)}
			}
		}(p)
	}
	for w := 0; w < workers; w++ {
		ww.Add(1)
		go worker(in, out, quit, sh, &ww)
	}
	go func() {
		pw.Wait()
		close(in)
	}()

	// the collector: workers' totals, with a timer that must not fire
	var sum uint64
	timeout := time.NewTimer(time.Minute)
	for got := 0; got < workers; {
		select {
		case t := <-out:
			sum += t
			got++
		case <-timeout.C:
			panic(fmt.Sprintf("round %d: no result within a minute", round))
		}
	}
	timeout.Stop()
	ww.Wait()
	close(quit)
	for _, v := range sh.m {
		sum += v
	}
	return sum
}

func main() {
	seconds, rounds := 0, -1
	switch {
	case len(os.Args) == 3 && os.Args[1] == "-rounds":
		rounds, _ = strconv.Atoi(os.Args[2])
	case len(os.Args) == 2:
		seconds, _ = strconv.Atoi(os.Args[1])
	default:
		fmt.Fprintln(os.Stderr, "usage: soak SECONDS | soak -rounds N")
		os.Exit(2)
	}
	start := time.Now()
	var total uint64
	report := 10 * time.Second // the next progress line on stderr
	r := 0
	for ; rounds < 0 || r < rounds; r++ {
		if rounds < 0 && time.Since(start) >= time.Duration(seconds)*time.Second {
			break
		}
		got, want := run(r), expected(r)
		if got != want {
			fmt.Printf("round %d: checksum %d, expected %d\n", r, got, want)
			os.Exit(1)
		}
		total += got
		if r+1 == checkpoint && rounds != checkpoint {
			fmt.Printf("rounds %d checksum %d\n", checkpoint, total)
		}
		runtime.GC()
		if time.Since(start) >= report {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			fmt.Fprintf(os.Stderr, "soak: round %d at %.0fs: heap %d KB after GC, %d GCs, %d goroutines\n",
				r, time.Since(start).Seconds(), ms.HeapAlloc>>10, ms.NumGC, runtime.NumGoroutine())
			report += 10 * time.Second
		}
	}
	fmt.Printf("rounds %d checksum %d\n", r, total)
}
