package heap

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"syscall"
)

// hugePagesAdvised is the setting of /sys/kernel/mm/transparent_hugepage/enabled
// under which a program gets huge pages only where it asks for them, the
// default of many distributions; "always" needs no asking and "never"
// allows none.
const hugePagesAdvised = "[madvise]"

const thpEnabled = "/sys/kernel/mm/transparent_hugepage/enabled"

// adviseHugePages asks Linux to back the next n bytes of heap with
// transparent huge pages, where the system leaves that to each program.
//
// A large file's load touches over a gigabyte of fresh memory, and every
// 4 KiB page touched for the first time is a page fault: about 11 µs each
// on a virtual machine, so 3.7 s of a million-event load's CPU went on
// them. One fault maps a 2 MiB huge page. Go's runtime stopped asking for
// huge pages itself in Go 1.21.1 (golang/go#63334), so it is asked here:
// the heap grows by n bytes with one allocation that is never touched,
// that range is advised, and the allocation is freed and its pages
// returned to the system at once. The kernel keeps the advice on the
// range, and the allocator, which takes the lowest free addresses first,
// fills it as the load goes on.
//
// The advice stays for the life of the process: taking it back once the
// file had loaded made the first search letter at a million events take
// 124 ms instead of 47, faulting in its fresh result memory 4 KiB at a
// time. What made Go drop the advice was the kernel's khugepaged
// gathering memory the runtime had returned back into huge pages, so
// that resident memory grew. Here that is bounded by the range advised,
// which is the heap's memory limit, and slow (khugepaged scans 16 MB
// every 10 s by default); once loaded, the heap is mostly live data and
// the runtime returns little of it.
//
// Nothing is asked on a virtual machine whose balloon reports free pages
// to its host (see reportsFreePages), nor under strict overcommit, where
// the untouched range would still count against the commit limit, and n
// is held to half of the machine's memory, nor when the heap already has
// n bytes free. Any failure leaves the heap as it was.
func adviseHugePages(n int64) {
	mode, err := os.ReadFile(thpEnabled)
	if err != nil || !bytes.Contains(mode, []byte(hugePagesAdvised)) {
		return
	}
	if reportsFreePages(virtioDevices) {
		return
	}
	if commit, _ := os.ReadFile("/proc/sys/vm/overcommit_memory"); bytes.HasPrefix(commit, []byte("2")) {
		return
	}
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) != nil {
		return
	}
	n = min(n, int64(uint64(si.Totalram)*uint64(si.Unit)/2))
	if n < 64<<20 {
		return
	}
	// The allocation should come fresh from the system, which the runtime
	// knows to be zero: heap used and freed but not yet returned would be
	// cleared by hand, n bytes of writes for nothing. So it is made only
	// when the heap has no n bytes free, which forces it to grow.
	var ms runtime.MemStats
	if runtime.ReadMemStats(&ms); ms.HeapIdle >= uint64(n) {
		return
	}
	b := make([]byte, n)
	syscall.Madvise(b, syscall.MADV_HUGEPAGE)
	debug.FreeOSMemory() // frees b, dead here, and returns its pages; the advice stays
}

// virtioDevices is where Linux lists a virtual machine's virtio devices.
const virtioDevices = "/sys/bus/virtio/devices"

// reportsFreePages reports whether this machine is a virtual machine
// whose memory balloon hands the pages it frees back to its host (virtio
// free page reporting: a balloon, device id 5, with feature bit 5 set;
// each device in dir has its id in "device" and its features as a string
// of 0s and 1s, bit 0 first, in "features"). There a huge page is mostly
// made of 2 MiB the host must back again, a fault of the host's for every
// 4 KiB of it, and costs more than the 4 KiB pages it replaces, which the
// guest serves from the small free blocks it never reported. Measured on
// such a machine (2 cores), the first frame of a million-event export
// opened after another program: 1.8 s of system time with huge pages, 0.5
// s without; of a million short rows, 0.8-1.2 s against 0.2 s.
func reportsFreePages(dir string) bool {
	devices, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, d := range devices {
		id, _ := os.ReadFile(filepath.Join(d, "device"))
		features, _ := os.ReadFile(filepath.Join(d, "features"))
		const balloon, reporting = "0x0005", 5
		if string(bytes.TrimSpace(id)) == balloon && len(features) > reporting && features[reporting] == '1' {
			return true
		}
	}
	return false
}
