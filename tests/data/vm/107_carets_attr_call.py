# Markers under a failing call inside an attribute chain and arguments.
class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt

    def child(self):
        return self.nxt

root = Node(Node())
print(type(root.child()).__name__)
depth = len(str(root.child().child().child()))
