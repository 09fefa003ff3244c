# BFS and DFS over an adjacency dict, shortest paths, cycle detection, topological sort.
graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
}

def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order

def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen

def shortest(start, goal):
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        nxt_frontier = []
        for n in frontier:
            for m in graph[n]:
                if m not in paths:
                    paths[m] = paths[n] + [m]
                    nxt_frontier.append(m)
        frontier = nxt_frontier
    return paths.get(goal)

def topo():
    indeg = {n: 0 for n in graph}
    for ns in graph.values():
        for m in ns:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
    return out

print(bfs("a"), dfs("a"), shortest("a", "f"), shortest("f", "a"), topo())
