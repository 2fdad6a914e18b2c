"""Debian's python3-kubernetes against the emulator: one check per command, its outcome printed as one JSON line.

Usage: /usr/bin/python3 client_checks.py KUBECONFIG NAMESPACE CHECK [ARG]
"""
import json
import sys

from kubernetes import client, config, watch
from kubernetes.client.rest import ApiException


def pods(core, ns, _):
    for name in ("cell-b", "cell-a"):
        core.create_namespaced_pod(ns, {
            "metadata": {"name": name},
            "spec": {"containers": [{"name": "cell", "image": "registry.k8s.io/pause:3.9"}]},
        })
    return {"names": [p.metadata.name for p in core.list_namespaced_pod(ns).items]}


def lease(name, holder):
    return client.V1Lease(metadata=client.V1ObjectMeta(name=name),
                          spec=client.V1LeaseSpec(holder_identity=holder, lease_duration_seconds=15))


def watch_from(_, ns, __):
    leases = client.CoordinationV1Api()
    first = leases.create_namespaced_lease(ns, lease("first", "a"))
    leases.create_namespaced_lease(ns, lease("second", "a"))
    seen = []
    # The client asks with watch=True: the emulator must read that as the API server does, as true.
    for event in watch.Watch().stream(leases.list_namespaced_lease, ns,
                                      resource_version=first.metadata.resource_version, timeout_seconds=10):
        seen.append([event["type"], event["object"].metadata.name])
        if len(seen) == 1:
            leases.delete_namespaced_lease("first", ns)
        if len(seen) == 2:
            break
    return {"events": seen}


def watch_expired(_, ns, resource_version):
    leases = client.CoordinationV1Api()
    try:
        for _event in watch.Watch().stream(leases.list_namespaced_lease, ns,
                                           resource_version=resource_version, timeout_seconds=10):
            return {"unexpected": "event"}
    except ApiException as error:
        return {"status": error.status}
    return {"unexpected": "end"}


def custom_objects(_, ns, __):
    custom = client.CustomObjectsApi()
    custom.create_namespaced_custom_object("orleanslife.io", "v1", ns, "boards", {
        "apiVersion": "orleanslife.io/v1", "kind": "Board", "metadata": {"name": "glider"},
        "spec": {"width": 8, "height": 8, "topology": "torus", "pattern": "glider"},
    })
    boards = custom.list_namespaced_custom_object("orleanslife.io", "v1", ns, "boards")
    one = custom.get_namespaced_custom_object("orleanslife.io", "v1", ns, "boards", "glider")
    return {"kind": boards["kind"], "names": [b["metadata"]["name"] for b in boards["items"]], "pattern": one["spec"]["pattern"]}


def leases(_, ns, __):
    api = client.CoordinationV1Api()
    created = api.create_namespaced_lease(ns, lease("leader", "silo-a"))
    current = api.read_namespaced_lease("leader", ns)
    current.spec.holder_identity = "silo-b"
    api.replace_namespaced_lease("leader", ns, current)
    created.spec.holder_identity = "silo-c"
    try:
        api.replace_namespaced_lease("leader", ns, created)
        stale = None
    except ApiException as error:
        stale = error.status
    return {"holder": api.read_namespaced_lease("leader", ns).spec.holder_identity, "stale": stale}


CHECKS = {"pods": pods, "watch-from": watch_from, "watch-expired": watch_expired,
          "custom-objects": custom_objects, "leases": leases}

if __name__ == "__main__":
    kubeconfig, namespace, check = sys.argv[1:4]
    config.load_kube_config(config_file=kubeconfig)
    print(json.dumps(CHECKS[check](client.CoreV1Api(), namespace, sys.argv[4] if len(sys.argv) > 4 else None)))
